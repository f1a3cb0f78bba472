export default function TemplateA() {
  return <h2 data-testid="template-page">Template page A</h2>;
}
