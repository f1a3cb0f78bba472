// 'use cache: private': may read cookies; per request, never shared.
import { cookies } from "next/headers";
import { bump } from "../_lib/counters";

async function whoAmI() {
  "use cache: private";
  const user = (await cookies()).get("user")?.value ?? "anonymous";
  return `${user}:${bump(`private:${user}`)}`;
}

export default async function PrivatePage() {
  const [first, second] = await Promise.all([whoAmI(), whoAmI()]);
  return (
    <main>
      <p data-testid="first">{first}</p>
      <p data-testid="second">{second}</p>
    </main>
  );
}
