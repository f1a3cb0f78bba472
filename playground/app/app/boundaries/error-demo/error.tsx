"use client";

export default function ErrorUi({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div data-testid="error-ui">
      <p data-testid="error-message">{error.message}</p>
      <p data-testid="error-digest">{error.digest}</p>
      <button type="button" data-testid="error-reset" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
