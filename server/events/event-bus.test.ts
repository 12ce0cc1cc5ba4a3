import { describe, expect, it } from "vitest";
import { createInProcessEventBus, InvalidEventError, MAX_EVENT_BYTES, parseDomainEvent, type DomainEvent } from "./event-bus";

function event(topic: string, id = "1", extra: Partial<DomainEvent> = {}): DomainEvent {
  return { topic, type: "card.updated", id, at: new Date().toISOString(), ...extra };
}

/** Lets queued microtasks (the bus's deliveries) run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("the in-process event bus", () => {
  it("delivers to the subscribers of the event's topic only", async () => {
    const bus = createInProcessEventBus();
    const board1: DomainEvent[] = [];
    const board1Again: DomainEvent[] = [];
    const board2: DomainEvent[] = [];
    bus.subscribe("board:1", (e) => board1.push(e));
    bus.subscribe("board:1", (e) => board1Again.push(e));
    bus.subscribe("board:2", (e) => board2.push(e));

    await bus.publish(event("board:1", "a", { version: 3, actorId: "u1" }));
    await bus.publish(event("workplan:9", "b"));
    await settle();

    expect(board1.map((e) => [e.id, e.version, e.actorId])).toEqual([["a", 3, "u1"]]);
    expect(board1Again.map((e) => e.id)).toEqual(["a"]);
    expect(board2).toEqual([]);
    await bus.close();
  });

  it("delivers after publish returns, in publishing order", async () => {
    const bus = createInProcessEventBus();
    const seen: string[] = [];
    bus.subscribe("board:1", (e) => seen.push(e.id));
    const publishing = bus.publish(event("board:1", "a"));
    expect(seen).toEqual([]);
    await publishing;
    await bus.publish(event("board:1", "b"));
    await bus.publish(event("board:1", "c"));
    await settle();
    expect(seen).toEqual(["a", "b", "c"]);
    await bus.close();
  });

  it("stops delivering after unsubscribe, also for events already published", async () => {
    const bus = createInProcessEventBus();
    const seen: string[] = [];
    const other: string[] = [];
    const unsubscribe = bus.subscribe("board:1", (e) => seen.push(e.id));
    bus.subscribe("board:1", (e) => other.push(e.id));

    await bus.publish(event("board:1", "a"));
    await settle();
    const publishing = bus.publish(event("board:1", "b"));
    unsubscribe(); // before "b" was delivered
    await publishing;
    await bus.publish(event("board:1", "c"));
    unsubscribe(); // twice is harmless
    await settle();

    expect(seen).toEqual(["a"]);
    expect(other).toEqual(["a", "b", "c"]);
    await bus.close();
  });

  it("keeps one subscription per call, even for the same function", async () => {
    const bus = createInProcessEventBus();
    const seen: string[] = [];
    const listener = (e: DomainEvent) => seen.push(e.id);
    const first = bus.subscribe("board:1", listener);
    bus.subscribe("board:1", listener);
    await bus.publish(event("board:1", "a"));
    await settle();
    first();
    await bus.publish(event("board:1", "b"));
    await settle();
    expect(seen).toEqual(["a", "a", "b"]);
    await bus.close();
  });

  it("does not let a throwing listener stop the others or the publisher", async () => {
    const warnings: unknown[] = [];
    const bus = createInProcessEventBus({ log: { warn: (obj) => warnings.push(obj) } });
    const seen: string[] = [];
    bus.subscribe("board:1", () => {
      throw new Error("listener broke");
    });
    bus.subscribe("board:1", (e) => seen.push(e.id));

    await expect(bus.publish(event("board:1", "a"))).resolves.toBeUndefined();
    await expect(bus.publish(event("board:1", "b"))).resolves.toBeUndefined();
    await settle();

    expect(seen).toEqual(["a", "b"]);
    expect(warnings).toHaveLength(2);
    await bus.close();
  });

  it("hands listeners a frozen copy with the known fields only", async () => {
    const bus = createInProcessEventBus();
    const seen: DomainEvent[] = [];
    bus.subscribe("board:1", (e) => seen.push(e));
    const original = { ...event("board:1", "a"), secret: "not for the wire" } as DomainEvent;
    await bus.publish(original);
    await settle();
    expect(seen[0]).not.toBe(original);
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(seen[0]).not.toHaveProperty("secret");
    await bus.close();
  });

  it("refuses events that are malformed or too large for a NOTIFY, as the PostgreSQL bus does", async () => {
    const bus = createInProcessEventBus();
    await expect(bus.publish({ ...event("board:1"), topic: "" })).rejects.toBeInstanceOf(InvalidEventError);
    await expect(bus.publish({ ...event("board:1"), id: 7 as unknown as string })).rejects.toBeInstanceOf(InvalidEventError);
    // Multi-byte characters count as bytes, not characters.
    const large = event("board:1", "é".repeat(MAX_EVENT_BYTES / 2));
    await expect(bus.publish(large)).rejects.toThrow(/bytes as JSON/);
    await bus.close();
  });

  it("refuses publish and subscribe after close", async () => {
    const bus = createInProcessEventBus();
    const seen: string[] = [];
    bus.subscribe("board:1", (e) => seen.push(e.id));
    await bus.close();
    await expect(bus.publish(event("board:1"))).rejects.toThrow(/closed/);
    expect(() => bus.subscribe("board:1", () => {})).toThrow(/closed/);
    await settle();
    expect(seen).toEqual([]);
  });
});

describe("parseDomainEvent", () => {
  it("accepts a wire event and rejects malformed ones", () => {
    const at = "2025-01-01T00:00:00.000Z";
    expect(parseDomainEvent({ topic: "t", type: "x", id: "1", at, actorId: null })).toEqual({
      topic: "t",
      type: "x",
      id: "1",
      at,
      actorId: null,
    });
    expect(parseDomainEvent(null)).toBeNull();
    expect(parseDomainEvent("text")).toBeNull();
    expect(parseDomainEvent({ topic: "t", type: "x", id: "1" })).toBeNull();
    expect(parseDomainEvent({ topic: "t", type: "x", id: "1", at, version: "2" })).toBeNull();
    expect(parseDomainEvent({ topic: "t", type: "x", id: "1", at, actorId: 5 })).toBeNull();
  });
});
