"use client";
import { useActionState } from "react";
import { increment } from "./actions";

/** Works with JavaScript (no reload) and without (the server renders the new state). */
export function CounterForm() {
  const [count, formAction, pending] = useActionState(increment, 0);
  return (
    <form action={formAction} data-testid="counter-form" id="counter-form">
      <p data-testid="counter-value">count: {count}</p>
      <input type="hidden" name="by" value="1" />
      <button type="submit" data-testid="counter-submit">Increment</button>
      {pending ? <span data-testid="counter-pending">pending</span> : null}
    </form>
  );
}
