// Imports its own barrel back (type only): the CSS hoist walks import cycles without looping.
import type * as Typography from "./index";

export type TypographyModule = typeof Typography;
export const BARREL_TITLE = "Fonts through a barrel";
