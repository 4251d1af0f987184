/** A problem with how the lint was invoked (bad arguments, unreadable schema, no input): exit code 2. */
export class UsageError extends Error {
  constructor(message) {
    super(message);
    this.name = 'UsageError';
  }
}
