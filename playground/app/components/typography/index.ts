// A barrel: re-exports fonts and plain values, like a design system's components/index.ts.
export { display } from "./fonts";
export * from "./nested";
export { BARREL_TITLE } from "./labels";
