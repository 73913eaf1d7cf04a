/**
 * Runs an async step, and when it is asked for again while running, runs it once more after it:
 * all the calls made meanwhile collapse into that one. The gate and the page decide this way, so
 * a burst of storage changes costs at most two decisions.
 */
import { warn } from './log.ts';

export class Rerun {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly step: () => Promise<void>,
    private readonly what: string,
  ) {}

  /** The run in progress, if any (callers wait for it to answer with a settled state). */
  get pending(): Promise<void> | null {
    return this.running;
  }

  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.step();
        } catch (error) {
          warn(`${this.what} failed`, error);
        }
        // `again` is set by run() during the await above; read it through a call so the
        // compiler does not narrow it to the false assigned before.
      } while (this.askedAgain());
      this.running = null;
    })();
    return this.running;
  }

  private askedAgain(): boolean {
    return this.again;
  }
}
