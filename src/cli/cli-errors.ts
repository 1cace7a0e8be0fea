/** The command was used wrongly: exit 2, with the usage where it helps. */
export class UsageError extends Error {}

/** The document, input or remote is wrong: exit 1, with file and line where there are any. */
export class InputError extends Error {}
