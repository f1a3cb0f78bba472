// An unstorage driver over memory whose behaviour a test switches through
// /api/isr/control?chaos=<mode>: "ok", "throw" (every call throws), "corrupt"
// (reads return garbage). Used only by the chaos build of this fixture.
const data = new Map();

function mode() {
  return globalThis.__vinextChaos ?? "ok";
}

function guard(op) {
  if (mode() === "throw") throw new Error(`chaos store: ${op} failed`);
}

export default function chaosDriver() {
  return {
    name: "chaos",
    hasItem(key) {
      guard("hasItem");
      return data.has(key);
    },
    getItem(key) {
      guard("getItem");
      if (mode() === "corrupt" && data.has(key)) return "{not json";
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      guard("setItem");
      data.set(key, value);
    },
    removeItem(key) {
      guard("removeItem");
      data.delete(key);
    },
    getKeys() {
      return [...data.keys()];
    },
    clear() {
      data.clear();
    },
  };
}
