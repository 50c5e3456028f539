/** Splits `text` into trimmed non-empty lines. */
export declare function nonEmptyLines(text: string): string[];
/** `extra-params`: one `key=value` a line, or a record from the library. */
export declare function parseParamLines(input: string, value: Record<string, string> | string): Array<[string, string]>;
/** `headers`: one `Name: value` a line, or a record from the library. */
export declare function parseHeaderLines(input: string, value: Record<string, string> | string): Array<[string, string]>;
