import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createPostgresEventBus, InvalidEventError, MAX_EVENT_BYTES, type DomainEvent, type EventBus } from "./event-bus";

// Two server instances on one database: each has its own event bus (its own connections),
// and a change published on one must reach board viewers on the other within a second.
// LISTEN/NOTIFY needs no tables, so the database named by DATABASE_URL is used as it is; a
// channel and application_name of this run's own keep parallel runs on the server apart.
const databaseUrl = process.env.DATABASE_URL!;
const runId = `${Date.now().toString(36)}_${process.pid}`;
let counter = 0;

const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
afterAll(() => admin.end({ timeout: 5 }));

interface Instance {
  bus: EventBus;
  applicationName: string;
  reconnects: number;
}

const open: Instance[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((i) => i.bus.close()));
});

/** Two instances sharing one fresh channel. */
async function twoInstances(): Promise<[Instance, Instance]> {
  const channel = `rw_events_test_${runId}_${++counter}`;
  const start = async (name: string): Promise<Instance> => {
    const instance: Instance = { bus: undefined as unknown as EventBus, applicationName: `rw-test-${runId}-${counter}-${name}`, reconnects: 0 };
    instance.bus = await createPostgresEventBus({
      databaseUrl,
      channel,
      applicationName: instance.applicationName,
      onReconnect: () => instance.reconnects++,
    });
    open.push(instance);
    return instance;
  };
  return [await start("a"), await start("b")];
}

function event(topic: string, id: string, extra: Partial<DomainEvent> = {}): DomainEvent {
  return { topic, type: "card.updated", id, at: new Date().toISOString(), ...extra };
}

/** Resolves with the first event with this id, or rejects after `ms`. */
function nextEvent(bus: EventBus, topic: string, id: string, ms = 5000) {
  return new Promise<{ event: DomainEvent; receivedAt: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no event ${id} on ${topic} within ${ms} ms`));
    }, ms);
    const unsubscribe = bus.subscribe(topic, (e) => {
      if (e.id !== id) return;
      clearTimeout(timer);
      unsubscribe();
      resolve({ event: e, receivedAt: performance.now() });
    });
  });
}

async function connectionsOf(applicationName: string) {
  const rows = await admin<{ pid: number; query: string }[]>`
    select pid, query from pg_stat_activity where application_name = ${applicationName}`;
  return rows;
}

async function eventually(check: () => Promise<boolean>, ms = 10_000) {
  const until = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the PostgreSQL event bus across two instances", () => {
  it("brings an event published on A to a subscriber on B within one second, and to A's own subscriber exactly once", async ({ annotate }) => {
    const [a, b] = await twoInstances();
    const onA: DomainEvent[] = [];
    const onB: DomainEvent[] = [];
    a.bus.subscribe("board:1", (e) => onA.push(e));
    b.bus.subscribe("board:1", (e) => onB.push(e));

    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const arrival = nextEvent(b.bus, "board:1", `card-${i}`);
      const sentAt = performance.now();
      await a.bus.publish(event("board:1", `card-${i}`, { version: i + 1, actorId: "user-1" }));
      const { event: received, receivedAt } = await arrival;
      expect(received).toMatchObject({ topic: "board:1", type: "card.updated", id: `card-${i}`, version: i + 1, actorId: "user-1" });
      latencies.push(receivedAt - sentAt);
    }
    const max = Math.max(...latencies);
    const median = [...latencies].sort((x, y) => x - y)[latencies.length >> 1]!;
    await annotate(`A -> B latency over 20 events: median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms`);
    expect(max).toBeLessThan(1000);

    // Notifications from one session arrive in order: once a last marker has reached A,
    // any duplicate of an earlier event would have arrived before it.
    const markers = [nextEvent(a.bus, "board:1", "marker"), nextEvent(b.bus, "board:1", "marker")];
    await a.bus.publish(event("board:1", "marker"));
    await Promise.all(markers);
    const ids = Array.from({ length: 20 }, (_, i) => `card-${i}`);
    expect(onA.map((e) => e.id)).toEqual([...ids, "marker"]);
    expect(onB.map((e) => e.id)).toEqual([...ids, "marker"]);
  });

  it("does not deliver events on other topics", async () => {
    const [a, b] = await twoInstances();
    const onA: string[] = [];
    const onB: string[] = [];
    a.bus.subscribe("board:1", (e) => onA.push(`${e.topic}/${e.id}`));
    b.bus.subscribe("board:1", (e) => onB.push(`${e.topic}/${e.id}`));
    const otherTopic: string[] = [];
    b.bus.subscribe("workplan:7", (e) => otherTopic.push(e.id));

    const markerOnA = nextEvent(a.bus, "board:1", "marker");
    const markerOnB = nextEvent(b.bus, "board:1", "marker");
    await a.bus.publish(event("board:2", "x"));
    await b.bus.publish(event("workplan:7", "y"));
    await a.bus.publish(event("board:1", "marker"));
    await Promise.all([markerOnA, markerOnB]);

    expect(onA).toEqual(["board:1/marker"]);
    expect(onB).toEqual(["board:1/marker"]);
    // B's own event, on the topic B listens to, came back to B through PostgreSQL.
    expect(otherTopic).toEqual(["y"]);
  });

  it("refuses an event too large for a NOTIFY payload before sending it", async () => {
    const [a, b] = await twoInstances();
    const onB: string[] = [];
    b.bus.subscribe("board:1", (e) => onB.push(e.id));
    await expect(a.bus.publish(event("board:1", "x".repeat(MAX_EVENT_BYTES)))).rejects.toBeInstanceOf(InvalidEventError);
    const marker = nextEvent(b.bus, "board:1", "marker");
    await a.bus.publish(event("board:1", "marker"));
    await marker;
    expect(onB).toEqual(["marker"]);
  });

  it("listens again after its connection is killed, and says so", async () => {
    const [a, b] = await twoInstances();
    const listener = (await connectionsOf(b.applicationName)).find((c) => /^listen /i.test(c.query));
    expect(listener, "B's LISTEN connection").toBeDefined();
    await admin`select pg_terminate_backend(${listener!.pid})`;

    await eventually(async () => b.reconnects === 1);
    const arrival = nextEvent(b.bus, "board:1", "after-reconnect");
    await a.bus.publish(event("board:1", "after-reconnect"));
    await arrival;
  });

  it("closes cleanly: its connections end and it refuses further use", async () => {
    const [a, b] = await twoInstances();
    const seen: string[] = [];
    b.bus.subscribe("board:1", (e) => seen.push(e.id));
    const marker = nextEvent(b.bus, "board:1", "warm-up");
    await a.bus.publish(event("board:1", "warm-up")); // both of A's connections are open now
    await marker;
    expect(await connectionsOf(a.applicationName)).toHaveLength(2);
    expect(await connectionsOf(b.applicationName)).toHaveLength(1);

    await Promise.all([a.bus.close(), b.bus.close(), b.bus.close()]);
    await expect(a.bus.publish(event("board:1", "late"))).rejects.toThrow(/closed/);
    expect(() => b.bus.subscribe("board:1", () => {})).toThrow(/closed/);
    await eventually(async () => (await connectionsOf(a.applicationName)).length === 0);
    await eventually(async () => (await connectionsOf(b.applicationName)).length === 0);
    expect(seen).toEqual(["warm-up"]);
  });

  it("refuses to start when the server cannot be reached", async () => {
    const url = new URL(databaseUrl);
    url.port = "1"; // nothing listens there
    await expect(createPostgresEventBus({ databaseUrl: url.href, channel: `rw_events_test_${runId}_down` })).rejects.toThrow();
  });
});
