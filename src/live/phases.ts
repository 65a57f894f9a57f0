/**
 * Where in its interval each new poll loop polls first. Loops started together (a console opening a
 * hundred job streams at once) would otherwise poll together for ever: a burst of upstream calls
 * each interval, and every event of that burst queued behind the others on its way to the
 * subscribers. The fractions of multiples of the golden ratio fill the interval evenly however many
 * loops there are (each new one lands in the widest gap left), so loops started at once are spread
 * across the interval, and a first poll never comes later than one interval after the start.
 */
const GOLDEN = (Math.sqrt(5) - 1) / 2;

export class PollPhases {
  #started = 0;

  /** The share of the interval before the next loop's first poll, in (0, 1]. */
  next(): number {
    return 1 - ((this.#started++ * GOLDEN) % 1);
  }
}
