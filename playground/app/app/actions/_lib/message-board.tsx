"use client";
import { useOptimistic } from "react";
import { postMessage, postMessageQuietly, refreshPage } from "./actions";

export function MessageBoard({ messages }: { messages: readonly string[] }) {
  const [shown, addShown] = useOptimistic(messages, (current: readonly string[], text: string) => [...current, `${text} (sending…)`]);
  return (
    <div>
      <ul data-testid="messages">
        {shown.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
      <form
        action={async (formData: FormData) => {
          addShown(String(formData.get("text")));
          await postMessage(formData);
        }}
      >
        <input name="text" data-testid="message-input" />
        <button type="submit" data-testid="message-submit">Send</button>
      </form>
      <form action={postMessageQuietly}>
        <input name="text" data-testid="quiet-input" />
        <button type="submit" data-testid="quiet-submit">Send without revalidating</button>
      </form>
      <form action={refreshPage}>
        <button type="submit" data-testid="refresh-submit">refresh()</button>
      </form>
    </div>
  );
}
