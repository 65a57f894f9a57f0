/**
 * One computation per event for subscribers that would all compute the same from it. Subscribers
 * join a group by a key that names everything their result depends on (the transport builds it:
 * document, variables and the whole authorization of the caller); the group remembers, per event
 * object, the result the first member computed, and hands it to the others. Nothing is kept beyond
 * the event: when every member's stream has let go of the event object, its result goes with it.
 *
 * Events are recognised by identity: a topic's stream hands the same object to all its subscribers
 * (bus.ts), and a burst's first item comes from one shared check (check-cache.ts). A group never
 * outlives its last member.
 */
export class ResultGroup {
  /** Members now; the group is forgotten at 0. */
  members = 0;
  readonly #results = new WeakMap<object, unknown>();

  constructor(
    readonly key: string,
    private readonly owner: SharedResults,
  ) {}

  /**
   * The result of `event` as the first member to ask computed it (`member.compute` runs once per event).
   * The member is passed, not a closure: every member asks once per event, and only the first computes.
   */
  resultOf<R>(event: object, member: { compute(event: object): R }): R {
    if (this.#results.has(event)) return this.#results.get(event) as R;
    const result = member.compute(event);
    this.owner.computed++;
    this.#results.set(event, result);
    return result;
  }
}

export class SharedResults {
  readonly #groups = new Map<string, ResultGroup>();
  /** Results computed so far, all groups together (tests count them: one per event and group). */
  computed = 0;

  join(key: string): ResultGroup {
    let group = this.#groups.get(key);
    if (!group) {
      group = new ResultGroup(key, this);
      this.#groups.set(key, group);
    }
    group.members++;
    return group;
  }

  leave(group: ResultGroup): void {
    if (--group.members > 0) return;
    if (this.#groups.get(group.key) === group) this.#groups.delete(group.key);
  }

  /** Groups with at least one member. */
  get groups(): number {
    return this.#groups.size;
  }
}
