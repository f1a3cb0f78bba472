export default function handler(): never {
  throw new Error("api handler exploded");
}
