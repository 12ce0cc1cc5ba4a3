// Global setup of the `pg` suite: it tests what only a PostgreSQL server can show, so it
// refuses to run (and fails loudly) without one.
export default function requirePostgres() {
  if (!process.env.DATABASE_URL) {
    throw new Error(
      "npm run test:pg needs a PostgreSQL server: set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run test:pg",
    );
  }
}
