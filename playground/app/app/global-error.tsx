"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <h1 data-testid="global-error">Something went wrong globally</h1>
        <p data-testid="global-error-digest">{error.digest}</p>
      </body>
    </html>
  );
}
