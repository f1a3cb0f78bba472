export default function StampRequestPage() {
  return <h1 data-testid="og-stamp-request">Images drawn per request</h1>;
}
