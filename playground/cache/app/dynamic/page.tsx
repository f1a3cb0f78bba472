// Reads a cookie: rendered per request, never stored.
import { cookies } from "next/headers";
import { RenderStamp } from "../render-stamp";

export default async function Dynamic() {
  const jar = await cookies();
  return (
    <main>
      <h1>
        Dynamic <span data-testid="who">{jar.get("who")?.value ?? "nobody"}</span>
      </h1>
      <RenderStamp id="dynamic" />
    </main>
  );
}
