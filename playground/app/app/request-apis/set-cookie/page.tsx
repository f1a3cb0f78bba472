// cookies().set() while rendering a page is an error: only Server Actions and Route
// Handlers may write cookies (https://nextjs.org/docs/app/api-reference/functions/cookies#options).
import { cookies, draftMode } from "next/headers";

async function attempt(run: () => unknown): Promise<string> {
  try {
    await run();
    return "no error";
  } catch (error) {
    return (error as Error).message;
  }
}

export default async function SetCookiePage() {
  const cookieStore = await cookies();
  const set = await attempt(() => cookieStore.set("from-render", "1"));
  const remove = await attempt(() => cookieStore.delete("theme"));
  const draft = await attempt(async () => (await draftMode()).enable());
  return (
    <>
      <p data-testid="set-error">{set}</p>
      <p data-testid="delete-error">{remove}</p>
      <p data-testid="draft-error">{draft}</p>
    </>
  );
}
