import { cookies } from "next/headers";
import Link from "next/link";

export default async function GreetingPage() {
  const name = (await cookies()).get("vinext-name")?.value ?? "nobody";
  return (
    <section>
      <h1 data-testid="greeting">Hello, {name}</h1>
      <Link href="/actions/client" data-testid="back-to-client">Back</Link>
    </section>
  );
}
