"use client";

export default function ClientErrorUi({ error, reset }: { error: Error; reset: () => void }) {
  return (
    <div data-testid="client-error-ui">
      <p>Caught: {error.message}</p>
      <button type="button" data-testid="client-error-reset" onClick={reset}>
        reset
      </button>
    </div>
  );
}
