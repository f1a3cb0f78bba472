// cookies() inside a shared 'use cache' function: an error, as in Next.
import { cookies } from "next/headers";

export const dynamic = "force-dynamic";

async function readsCookies() {
  "use cache";
  return (await cookies()).get("user")?.value ?? "none";
}

export default async function Bad() {
  return <p>{await readsCookies()}</p>;
}
