
// Rendered per request (not pre-rendered at build), like the dynamic fixtures Next uses for this.
export const dynamic = "force-dynamic";
export default function ThrowingPage(): never {
  throw new Error("secret failure detail from the error demo");
}
