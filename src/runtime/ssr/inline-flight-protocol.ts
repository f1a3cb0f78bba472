// The one name shared by the HTML injector and the browser reader.
export const INLINE_FLIGHT_GLOBAL = "__vinext_f";
