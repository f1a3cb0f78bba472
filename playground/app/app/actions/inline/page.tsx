import { cookies } from "next/headers";

export default async function InlinePage() {
  // Captured by the inline action below: plugin-rsc encrypts it into the form.
  const prefix = "remembered";
  const word = (await cookies()).get("inline-word")?.value ?? "(none)";

  async function remember(formData: FormData) {
    "use server";
    (await cookies()).set("inline-word", `${prefix}:${String(formData.get("word") ?? "")}`);
  }

  return (
    <section>
      <h1>Inline Server Action</h1>
      <form action={remember} data-testid="inline-form">
        <input name="word" defaultValue="hello" data-testid="inline-input" />
        <button type="submit" data-testid="inline-submit">Remember</button>
      </form>
      <p data-testid="inline-word">{word}</p>
    </section>
  );
}
