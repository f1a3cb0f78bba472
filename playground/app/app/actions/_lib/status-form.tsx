"use client";
import { useFormStatus } from "react-dom";
import { slowSave } from "./actions";

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} data-testid="status-submit">
      {pending ? "Saving…" : "Save"}
    </button>
  );
}

export function StatusForm() {
  return (
    <form action={slowSave}>
      <input name="note" defaultValue="" data-testid="status-input" />
      <SubmitButton />
    </form>
  );
}
