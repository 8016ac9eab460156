/** Whether the run was interrupted (SIGINT, SIGTERM), and its exit code then. */
export interface Interruption {
  /** The signal received, or undefined. */
  signal(): NodeJS.Signals | undefined;
  /** 128 + the signal's number, as a shell reports a process it stopped: 130 for SIGINT, 143 for SIGTERM. */
  exitCode(): number;
  /** Stops listening (the default handling of the signals comes back). */
  dispose(): void;
}

const CODES: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Listens for Ctrl-C (SIGINT) and SIGTERM while a command writes its outputs, so it can stop
 * cleanly: remove its temporary files and say how far it got, instead of dying with partial files
 * under their final names.
 *
 * @returns the interruption, to poll between rows and dispose at the end
 */
export function onInterrupt(): Interruption {
  let received: NodeJS.Signals | undefined;
  const handler = (signal: NodeJS.Signals) => {
    received ??= signal;
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: () => received,
    exitCode: () => (received === undefined ? 0 : (CODES[received] ?? 1)),
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
