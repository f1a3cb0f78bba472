export * from "./fonts";
