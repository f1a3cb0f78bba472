export function GET(): never {
  throw new Error("route exploded");
}
