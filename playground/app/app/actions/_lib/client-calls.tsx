"use client";
import { useState, useTransition } from "react";
import { add, failOnPurpose, goToGreeting, multiply } from "./actions";

export function ClientCalls({ greet }: { greet: () => Promise<string> }) {
  const [result, setResult] = useState("");
  const [pending, startTransition] = useTransition();
  const show = (value: unknown) => setResult(String(value));
  return (
    <div>
      <button type="button" data-testid="call-add" onClick={async () => show(await add(2, 3))}>add(2, 3)</button>
      <button type="button" data-testid="call-bound" onClick={async () => show(await multiply.bind(null, 7)(6))}>multiply.bind(null, 7)(6)</button>
      <button type="button" data-testid="call-greet" onClick={async () => show(await greet())}>greet()</button>
      <button
        type="button"
        data-testid="call-fail"
        onClick={async () => {
          try {
            await failOnPurpose();
            show("no error");
          } catch (error) {
            const { message, digest } = error as Error & { digest?: string };
            show(`caught: digest=${digest ? "yes" : "no"} leaked=${message.includes("secret server detail") ? "yes" : "no"}`);
          }
        }}
      >
        failOnPurpose()
      </button>
      <button type="button" data-testid="call-redirect" onClick={() => startTransition(() => goToGreeting())}>goToGreeting()</button>
      <p data-testid="call-result">{result}</p>
      {pending ? <p data-testid="call-pending">pending</p> : null}
    </div>
  );
}
