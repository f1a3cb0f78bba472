import { useRouter } from "next/router";

export async function getStaticProps({ locale }: { locale: string }) {
  return { props: { builtFor: locale } };
}

export default function IntlStatic({ builtFor }: { builtFor: string }) {
  const { locale } = useRouter();
  return (
    <main>
      <p data-testid="intl-static-built-for">{builtFor}</p>
      <p data-testid="intl-static-locale">{locale}</p>
    </main>
  );
}
