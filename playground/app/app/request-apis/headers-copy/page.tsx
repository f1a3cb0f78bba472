// headers() returns a read-only view of the request: writes do not reach later reads
// (Next: headers() is read-only, https://nextjs.org/docs/app/api-reference/functions/headers).
import { headers } from "next/headers";

export default async function HeadersCopyPage() {
  let outcome: string;
  try {
    (await headers()).set("x-demo", "changed");
    outcome = "set returned";
  } catch (error) {
    outcome = `set threw: ${(error as Error).message}`;
  }
  return (
    <>
      <p data-testid="hdr-outcome">{outcome}</p>
      <p data-testid="hdr-after">{(await headers()).get("x-demo") ?? "(none)"}</p>
    </>
  );
}
