/**
 * The vocabulary shared by the core, the presets and the front doors.
 */
export {};
