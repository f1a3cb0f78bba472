// Throws while rendering: onRequestError hears about it (test/e2e/on-request-error).
export const dynamic = "force-dynamic";

export default function Boom(): never {
  throw new Error("page exploded");
}
