/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single fetch (remix.config.js future.v3_singleFetch) changes how loader and action data are
// typed: `data()` results are unwrapped and values keep their types (Dates stay Dates).
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
