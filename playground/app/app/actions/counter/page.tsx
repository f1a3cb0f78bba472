import { CounterForm } from "../_lib/counter-form";

export default function CounterPage() {
  return (
    <section>
      <h1>useActionState</h1>
      <CounterForm />
    </section>
  );
}
