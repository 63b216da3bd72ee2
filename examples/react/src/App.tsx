import { useState } from 'react';
import type { KlarThemeSelectDetail } from 'klar-elements';

/** Themes of Ishøj Kommune's Medborgerpolitik, as its content circle shows them. */
const themes = [
  {
    label: 'Ansvar',
    heading: 'Medbestemmelse inspirerer til ansvar og deltagelse',
    items: [
      'Vi bidrager og engagerer os i demokratiet',
      'Vi har mod til at tage ansvar og tillid til at give ansvar',
      'Vi inspirerer til medbestemmelse og deltagelse',
    ],
  },
  {
    label: 'Fællesskaber',
    heading: 'Alle skal være en del af et fællesskab',
    items: ['Vi viser hinanden gensidig respekt og tolerance', 'Vi skaber fællesskaber, der giver værdi'],
  },
  {
    label: 'Åbenhed',
    heading: 'Alle møder hinanden med åbenhed og nysgerrighed',
    items: ['Vi er åbne for nye i fællesskabet', 'Vi har mod til at danne nye fællesskaber', 'Vi har plads til forskellighed'],
  },
  {
    label: 'Relationer',
    heading: 'Alle indgår i meningsfulde relationer med hinanden',
    items: ['Vi ser hinanden som værdifulde medborgere', 'Vi tror på, at vi skaber et stærkt sammenhold gennem tillid og relationer'],
  },
];

export function App() {
  const [chosen, setChosen] = useState<KlarThemeSelectDetail['label']>();
  return (
    <main>
      <h1>Ishøj Kommune</h1>

      <section>
        <h2>Sundhedsprofilen 2021</h2>
        <klar-fact value="19" unit="percent">
          <span slot="label">ryger dagligt</span>
          <span slot="source">Sundhedsprofilen 2021 for Ishøj</span>
        </klar-fact>
      </section>

      {/* An English section: Klar's interface text is in English here (its translation loads by itself). */}
      <section lang="en">
        <h2>Investment in prevention</h2>
        <klar-success-criteria heading-level="3">
          <ul lang="da">
            <li>Borgere tilbydes flere lokale og mindre indgribende tilbud</li>
            <li>Borgere oplever der arbejdes med et udviklingsperspektiv og at der sker løbende opfølgning</li>
          </ul>
        </klar-success-criteria>
      </section>

      <section>
        <h2>Medborgerpolitikken</h2>
        <klar-theme-circle onklar-theme-select={(event) => setChosen(event.detail.label)}>
          <h3 slot="heading">Medborgerskabets indholdscirkel</h3>
          <span slot="center">Medborgerskab</span>
          {themes.map((theme) => (
            <klar-theme key={theme.label} label={theme.label}>
              <h4 slot="heading">{theme.heading}</h4>
              <ul>
                {theme.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </klar-theme>
          ))}
        </klar-theme-circle>
        <p id="chosen-theme" aria-live="polite">
          {chosen ? `Du har valgt temaet ${chosen}.` : 'Vælg et tema i cirklen.'}
        </p>
      </section>
    </main>
  );
}
