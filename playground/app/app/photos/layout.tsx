export default function PhotosLayout({ children, modal }: { children: React.ReactNode; modal: React.ReactNode }) {
  return (
    <div data-testid="photos-layout">
      {children}
      {modal}
    </div>
  );
}
