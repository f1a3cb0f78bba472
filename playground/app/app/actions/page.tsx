import Link from "next/link";

export default function ActionsIndex() {
  return (
    <section>
      <h1 data-testid="actions-title">Server Actions</h1>
      <ul>
        <li><Link href="/actions/no-js">Forms that work without JavaScript</Link></li>
        <li><Link href="/actions/counter">useActionState counter</Link></li>
        <li><Link href="/actions/inline">Inline &apos;use server&apos; function</Link></li>
        <li><Link href="/actions/client">Actions called from client code</Link></li>
        <li><Link href="/actions/status">useFormStatus</Link></li>
        <li><Link href="/actions/messages">useOptimistic and revalidatePath</Link></li>
      </ul>
    </section>
  );
}
