"use client";
import { useRouter } from "next/navigation";
import { startTransition } from "react";

export default function ErrorUi({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  return (
    <div data-testid="error-ui">
      <p data-testid="error-message">{error.message}</p>
      <p data-testid="error-digest">{error.digest}</p>
      <button type="button" data-testid="error-reset" onClick={reset}>
        Try again
      </button>
      {/* A server error is part of the payload: Next's docs pair reset() with router.refresh() to fetch it again. */}
      <button type="button" data-testid="error-refresh-reset" onClick={() => startTransition(() => (router.refresh(), reset()))}>
        Reload and try again
      </button>
    </div>
  );
}
