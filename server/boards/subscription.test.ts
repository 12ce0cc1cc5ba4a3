import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { NotFoundError, UnauthenticatedError, ValidationError } from "../../shared/errors";
import { createInProcessEventBus, type DomainEvent, type EventBus } from "../events/event-bus";
import type { ServiceContext } from "../request-context";
import { createTestContext, signInAs } from "../test-context";
import { appRouter } from "../trpc/app-router";
import { createCard, moveCard } from "./cards.service";
import { endLiveStreams, MAX_BUFFERED_EVENTS, openBoardEvents, READY_EVENT_TYPE, SubscriberTooSlowError, topicEvents } from "./subscription";

function event(topic: string, id: string): DomainEvent {
  return { topic, type: "card.updated", id, at: new Date().toISOString() };
}

/** An in-process bus that counts its open subscriptions. */
function countingBus() {
  const inner = createInProcessEventBus();
  let open = 0;
  const bus: EventBus = {
    publish: (e) => inner.publish(e),
    close: () => inner.close(),
    subscribe(topic, listener) {
      open++;
      const off = inner.subscribe(topic, listener);
      let done = false;
      return () => {
        if (!done) open--;
        done = true;
        off();
      };
    },
  };
  return { bus, open: () => open };
}

/** Lets queued microtasks and timers (the bus's deliveries) run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("topicEvents: the events of one topic as an async iterable", () => {
  it("subscribes on start, yields the topic's events in order, and stops and unsubscribes when aborted", async () => {
    const { bus, open } = countingBus();
    const abort = new AbortController();
    const events = topicEvents(bus, "board:1", { signal: abort.signal });
    expect(open()).toBe(0); // nothing happens until the consumer starts

    const first = events.next(); // starts: subscribes, then waits
    await settle();
    expect(open()).toBe(1);
    await bus.publish(event("board:1", "a"));
    await bus.publish(event("board:2", "elsewhere"));
    await bus.publish(event("board:1", "b"));
    expect(await first).toMatchObject({ done: false, value: { topic: "board:1", id: "a" } });
    expect(await events.next()).toMatchObject({ done: false, value: { id: "b" } });

    const pending = events.next(); // waiting for an event that never comes
    abort.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(open()).toBe(0);
    await bus.publish(event("board:1", "late"));
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });

  it("yields the ready event first, then queued events, and unsubscribes when the consumer breaks out", async () => {
    const { bus, open } = countingBus();
    const ready = { ...event("board:1", "group"), type: READY_EVENT_TYPE };
    const seen: string[] = [];
    for await (const e of topicEvents(bus, "board:1", { ready })) {
      seen.push(`${e.type}/${e.id}`);
      if (e.type === READY_EVENT_TYPE) {
        // Published while the consumer is busy: they wait in the queue.
        await bus.publish(event("board:1", "a"));
        await bus.publish(event("board:1", "b"));
        await settle();
      }
      if (e.id === "b") break;
    }
    expect(seen).toEqual([`${READY_EVENT_TYPE}/group`, "card.updated/a", "card.updated/b"]);
    expect(open()).toBe(0);
  });

  it("does not subscribe at all for a signal that is already aborted", async () => {
    const { bus, open } = countingBus();
    const abort = new AbortController();
    abort.abort();
    expect(await topicEvents(bus, "board:1", { signal: abort.signal }).next()).toEqual({ done: true, value: undefined });
    expect(open()).toBe(0);
  });

  it("cuts off a consumer that falls too far behind, and unsubscribes", async () => {
    const { bus, open } = countingBus();
    const events = topicEvents(bus, "board:1", { maxBuffered: 2 });
    const first = events.next();
    await settle();
    for (const id of ["a", "b", "c", "d"]) await bus.publish(event("board:1", id));
    await settle();
    expect((await first).value).toMatchObject({ id: "a" });
    await expect(events.next()).rejects.toBeInstanceOf(SubscriberTooSlowError);
    expect(open()).toBe(0);
  });
});

describe("openBoardEvents: the boards.events subscription", () => {
  let database: TestDatabase;
  let anonymous: ServiceContext;
  let ids: { ownGroup: string; otherRegionGroup: string; foundation: string; buildingBlock: string };

  const as = (email: string) => signInAs(anonymous, email);

  beforeAll(async () => {
    database = await createTestDatabase();
    anonymous = await createTestContext(database);
    const group = await database.db.selectFrom("working_group").where("slug", "=", "gezond-ouder-worden").select("id").executeTakeFirstOrThrow();
    const foundation = await database.db.selectFrom("foundation").where("slug", "=", "arbeidsmarkt").select("id").executeTakeFirstOrThrow();
    const elsewhere = await database.db.insertInto("region").values({ slug: "elders", name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const foreign = await database.db.insertInto("working_group").values({ region_id: elsewhere.id, slug: "elders-groep", name: "Elders" }).returning("id").executeTakeFirstOrThrow();
    const block = await database.db.selectFrom("building_block").select("id").orderBy("position").executeTakeFirstOrThrow();
    ids = { ownGroup: group.id, otherRegionGroup: foreign.id, foundation: foundation.id, buildingBlock: block.id };
  });
  afterAll(() => database.destroy());

  it("refuses before streaming: 401 anonymous, 400 bad input, 404 unknown or foreign werkgroep or fundament", async () => {
    const reader = await as("meelezer@demo.nl");
    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(openBoardEvents(anonymous, { topic: "board", id: ids.ownGroup })).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(openBoardEvents(reader, { topic: "board", id: "not-a-uuid" })).rejects.toBeInstanceOf(ValidationError);
    await expect(openBoardEvents(reader, { topic: "agenda", id: ids.ownGroup })).rejects.toBeInstanceOf(ValidationError);
    await expect(openBoardEvents(reader, { topic: "board", id: unknown })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openBoardEvents(reader, { topic: "board", id: ids.otherRegionGroup })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openBoardEvents(reader, { topic: "workplan", id: unknown })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openBoardEvents(reader, { topic: "workplan", id: ids.ownGroup })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("maps the refusals to tRPC codes through the router", async () => {
    const caller = appRouter.createCaller(anonymous);
    await expect(caller.boards.events({ topic: "board", id: ids.ownGroup })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const reader = appRouter.createCaller(await as("meelezer@demo.nl"));
    const error = await reader.boards.events({ topic: "board", id: "00000000-0000-4000-8000-000000000000" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "NOT_FOUND" });
  });

  it("streams ready, then the board's own events as the services publish them, until aborted", async () => {
    const reader = await as("meelezer@demo.nl");
    const member = await as("lid@demo.nl");
    const abort = new AbortController();
    const events = (await openBoardEvents(reader, { topic: "board", id: ids.ownGroup }, abort.signal))[Symbol.asyncIterator]();
    expect((await events.next()).value).toMatchObject({ topic: `board:${ids.ownGroup}`, type: READY_EVENT_TYPE, id: ids.ownGroup });

    const card = await createCard(member, { groupId: ids.ownGroup, title: "Live kaart", buildingBlockIds: [ids.buildingBlock] });
    expect((await events.next()).value).toMatchObject({ topic: `board:${ids.ownGroup}`, type: "card.created", id: card.id, version: card.version, actorId: member.actor!.userId });
    const moved = await moveCard(member, { cardId: card.id, status: "verkennen", afterCardId: null });
    expect((await events.next()).value).toMatchObject({ type: "card.moved", id: card.id, version: moved.version });

    const pending = events.next();
    abort.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it("ends open streams with a retryable error on shutdown, refuses new ones, and unsubscribes", async () => {
    const { bus, open } = countingBus();
    const reader = { ...(await as("meelezer@demo.nl")), events: bus };
    const events = (await openBoardEvents(reader, { topic: "board", id: ids.ownGroup }))[Symbol.asyncIterator]();
    expect((await events.next()).value).toMatchObject({ type: READY_EVENT_TYPE });
    expect(open()).toBe(1);
    const pending = events.next();
    endLiveStreams(bus);
    await expect(pending).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(open()).toBe(0);

    const late = (await openBoardEvents(reader, { topic: "board", id: ids.ownGroup }))[Symbol.asyncIterator]();
    await expect(late.next()).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(open()).toBe(0);
    // Other buses (other servers in this process) are not affected.
    const elsewhere = (await openBoardEvents({ ...reader, events: createInProcessEventBus() }, { topic: "board", id: ids.ownGroup }))[Symbol.asyncIterator]();
    expect((await elsewhere.next()).value).toMatchObject({ type: READY_EVENT_TYPE });
    await elsewhere.return?.();
  });

  it("asks a subscriber that falls too far behind to reconnect", async () => {
    const { bus, open } = countingBus();
    const reader = { ...(await as("meelezer@demo.nl")), events: bus };
    const events = (await openBoardEvents(reader, { topic: "board", id: ids.ownGroup }))[Symbol.asyncIterator]();
    expect((await events.next()).value).toMatchObject({ type: READY_EVENT_TYPE });
    for (let i = 0; i <= MAX_BUFFERED_EVENTS; i++) await bus.publish(event(`board:${ids.ownGroup}`, `e${i}`));
    await settle();
    await expect(events.next()).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(open()).toBe(0);
  });

  it("streams a fundament's werkagenda events on its own topic", async () => {
    const reader = await as("meelezer@demo.nl");
    const abort = new AbortController();
    const events = (await openBoardEvents(reader, { topic: "workplan", id: ids.foundation }, abort.signal))[Symbol.asyncIterator]();
    expect((await events.next()).value).toMatchObject({ topic: `workplan:${ids.foundation}`, type: READY_EVENT_TYPE });
    await anonymous.events.publish(event(`board:${ids.ownGroup}`, "not-for-this-stream"));
    await anonymous.events.publish({ ...event(`workplan:${ids.foundation}`, "item-1"), type: "workplan_item.created" });
    expect((await events.next()).value).toMatchObject({ type: "workplan_item.created", id: "item-1" });
    abort.abort();
  });
});
