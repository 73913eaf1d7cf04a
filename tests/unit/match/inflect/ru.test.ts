import { describe, expect, it } from 'vitest';
import { inflectName, type InflectMode } from '../../../../src/core/match/inflect/index.ts';

const ru = (name: string, mode: InflectMode = 'head'): string[] => inflectName(name, 'ru', mode);

/** Asserts that the forms of `name` include every one of `must` and none of `mustNot`. */
function check(name: string, mode: InflectMode, must: string[], mustNot: string[] = []): void {
  const forms = ru(name, mode);
  expect(forms[0]).toBe(name);
  expect(forms).toEqual(expect.arrayContaining(must));
  for (const bad of mustNot) expect(forms).not.toContain(bad);
}

describe('Russian nouns by ending', () => {
  it('declines a consonant-final masculine noun, without a plural for a proper name', () => {
    check('Газпром', 'head', ['Газпрома', 'Газпрому', 'Газпромом', 'Газпроме'], ['Газпромы', 'Газпромов', 'Газпромым']);
  });

  it('gives a countable proper name (a drone) its plural too', () => {
    const forms = inflectName('Герань', 'ru', 'head', { countable: true });
    expect(forms).toEqual(expect.arrayContaining(['Герани', 'Гераней', 'Гераням', 'Геранями', 'Геранях']));
    expect(inflectName('Шахед', 'ru', 'head', { countable: true })).toEqual(expect.arrayContaining(['Шахеды', 'Шахедов', 'Шахедам']));
    expect(inflectName('Шахед', 'ru', 'head')).not.toContain('Шахедов');
  });

  it('declines -й nouns, with -ии in the prepositional of -ий', () => {
    check('Алексей', 'all', ['Алексея', 'Алексею', 'Алексеем', 'Алексее']);
    check('Дмитрий', 'all', ['Дмитрия', 'Дмитрию', 'Дмитрием', 'Дмитрии'], ['Дмитрего', 'Дмитрие']);
    check('Каспий', 'head', ['Каспия', 'Каспию', 'Каспием', 'Каспии']);
  });

  it('declines -а nouns and keeps the spelling rules after г к х ж ш ч щ ц', () => {
    check('Сила', 'head', ['Силы', 'Силе', 'Силу', 'Силой'], ['Силей']);
    check('Алабуга', 'head', ['Алабуги', 'Алабуге', 'Алабугу', 'Алабугой'], ['Алабугы']);
    check('Хезболла', 'head', ['Хезболлы', 'Хезболлой']);
    check('задача', 'last', ['задачи', 'задачей'], ['задачы']);
    check('граница', 'last', ['границы', 'границей', 'границу'], ['граници']);
  });

  it('declines -ия and -я nouns', () => {
    check('Монголия', 'head', ['Монголии', 'Монголию', 'Монголией'], ['Монголие', 'Монголиы', 'Монголий']);
    check('Земля', 'head', ['Земли', 'Земле', 'Землю', 'Землёй', 'Землей']);
    check('Илья', 'all', ['Ильи', 'Илье', 'Илью', 'Ильей']);
  });

  it('declines -ь nouns, feminine or masculine, and only one gender when the ending tells', () => {
    check('Сибирь', 'head', ['Сибири', 'Сибирью']);
    check('Израиль', 'head', ['Израиля', 'Израилю', 'Израилем', 'Израиле']);
    check('Керчь', 'head', ['Керчи', 'Керчью'], ['Керча', 'Керчем']);
    check('руководитель', 'last', ['руководителя', 'руководителем'], ['руководителью']);
    check('Западная Сибирь', 'head', ['Западной Сибири', 'Западную Сибирь', 'Западной Сибирью'], ['Западной Сибиря']);
  });

  it('declines neuters in -о and -е, but not foreign names in -о/-е', () => {
    check('Каспийское море', 'head', ['Каспийского моря', 'Каспийскому морю', 'Каспийским морем', 'Каспийском море']);
    check('соглашение', 'last', ['соглашения', 'соглашению', 'соглашением', 'соглашении']);
    check('Министерство обороны', 'head', ['Министерства обороны', 'Министерством обороны', 'Министерстве обороны']);
    check('Приморье', 'head', ['Приморья', 'Приморьем']);
    expect(ru('Токио')).toEqual(['Токио']);
    expect(ru('Монако')).toEqual(['Монако']);
    expect(ru('Гёте', 'all')).toEqual(['Гёте']);
    expect(ru('метро', 'last')).toEqual(['метро']);
  });

  it('takes a fleeting vowel as a second candidate, except in the roots ток and рок', () => {
    check('потолок цен на нефть', 'head', ['потолка цен на нефть', 'потолком цен на нефть']);
    check('Северный поток', 'head', ['Северного потока'], ['Северного потка']);
    check('Союз Восток', 'last', ['Союз Востока'], ['Союз Востка']);
  });
});

describe('Russian adjectives', () => {
  it('declines hard, soft and velar-stem adjectives in every case', () => {
    check('Северный поток', 'head', ['Северного потока', 'Северному потоку', 'Северным потоком', 'Северном потоке']);
    check('Турецкий поток', 'head', ['Турецкого потока', 'Турецкому потоку', 'Турецким потоком', 'Турецком потоке'], ['Турецкым потоком']);
    check('Нижний Новгород', 'head', ['Нижнего Новгорода', 'Нижнему Новгороду', 'Нижним Новгородом', 'Нижнем Новгороде'], ['Нижного Новгорода']);
    check('теневой флот', 'head', ['теневого флота', 'теневому флоту', 'теневым флотом', 'теневом флоте']);
    check('Средняя Азия', 'head', ['Средней Азии', 'Среднюю Азию', 'Средней Азией']);
    check('Ближнее зарубежье', 'head', ['Ближнего зарубежья', 'Ближнему зарубежью', 'Ближним зарубежьем', 'Ближнем зарубежье']);
    check('Шанхайская организация сотрудничества', 'head', [
      'Шанхайской организации сотрудничества', 'Шанхайскую организацию сотрудничества', 'Шанхайской организацией сотрудничества',
    ]);
    check('Бывшая столица', 'head', ['Бывшей столицы', 'Бывшую столицу']);
  });

  it('declines adjectival surnames like adjectives, with the accusative of a person', () => {
    check('Фёдор Достоевский', 'all', ['Фёдора Достоевского', 'Фёдору Достоевскому', 'Фёдором Достоевским', 'Фёдоре Достоевском']);
    check('Алексей Толстой', 'all', ['Алексея Толстого', 'Алексеем Толстым', 'Алексее Толстом'], ['Алексея Толстоя']);
  });

  it('does not mistake nouns in -ой, -ий and -ие for adjectives', () => {
    check('герой', 'last', ['героя', 'героем'], ['героого']);
    check('Георгий', 'all', ['Георгия', 'Георгием'], ['Георгого']);
    check('Евгений', 'all', ['Евгения', 'Евгением'], ['Евгенего']);
    check('заявление', 'last', ['заявления', 'заявлении'], ['заявлених']);
  });
});

describe("Russian 'head' mode", () => {
  it('declines the head noun and leaves the genitive after it', () => {
    const forms = ru('Сила Сибири 2');
    expect(forms).toEqual(['Сила Сибири 2', 'Силы Сибири 2', 'Силе Сибири 2', 'Силу Сибири 2', 'Силой Сибири 2']);
  });

  it('declines every leading adjective with the noun and leaves a quoted name', () => {
    const name = 'Международный транспортный коридор «Север — Юг»';
    const forms = ru(name);
    expect(forms).toEqual(expect.arrayContaining([
      'Международного транспортного коридора «Север — Юг»',
      'Международному транспортному коридору «Север — Юг»',
      'Международным транспортным коридором «Север — Юг»',
      'Международном транспортном коридоре «Север — Юг»',
    ]));
    for (const form of forms) expect(form.endsWith(' «Север — Юг»')).toBe(true);
    // The adjectives agree with the noun: never one in the genitive and the other in the dative.
    expect(forms).not.toContain('Международного транспортному коридору «Север — Юг»');
  });

  it('leaves a prepositional phrase after the head', () => {
    const forms = ru('Договор о всеобъемлющем стратегическом партнёрстве');
    expect(forms).toEqual(expect.arrayContaining([
      'Договора о всеобъемлющем стратегическом партнёрстве', 'Договору о всеобъемлющем стратегическом партнёрстве',
      'Договором о всеобъемлющем стратегическом партнёрстве', 'Договоре о всеобъемлющем стратегическом партнёрстве',
    ]));
    for (const form of forms) expect(form.endsWith(' о всеобъемлющем стратегическом партнёрстве')).toBe(true);
  });

  it('never declines a name in quotes', () => {
    check('нефтепровод «Дружба»', 'head', ['нефтепровода «Дружба»', 'нефтепроводом «Дружба»'], ['нефтепровода «Дружбы»']);
    expect(ru('«Мир» и «Шетаб»')).toEqual(['«Мир» и «Шетаб»']);
  });

  it('declines adjectives before an indeclinable head, and nothing when the head comes first', () => {
    check('Бушерская АЭС', 'head', ['Бушерской АЭС', 'Бушерскую АЭС']);
    expect(ru('ЕАЭС')).toEqual(['ЕАЭС']);
    expect(ru('ПМТО в Тартусе')).toEqual(['ПМТО в Тартусе']);
  });

  it('gives the plural of a common noun, and of a base that is already plural', () => {
    check('Северный поток', 'head', ['Северные потоки', 'Северных потоков', 'Северными потоками']);
    check('Северные потоки', 'head', ['Северных потоков', 'Северным потокам', 'Северными потоками', 'Северных потоках']);
    check('санкции', 'head', ['санкций', 'санкциям', 'санкциями', 'санкциях'], ['санкцией', 'санкциию', 'санкциях санкции']);
    check('Шахеды', 'head', ['Шахедов', 'Шахедам', 'Шахедами', 'Шахедах']);
    check('железная дорога Решт — Астара', 'head', ['железной дороги Решт — Астара', 'железные дороги Решт — Астара']);
  });

  it('declines the last segment of a hyphenated compound, or the one before a model number', () => {
    check('Решт-Астара', 'head', ['Решт-Астары', 'Решт-Астаре', 'Решт-Астару', 'Решт-Астарой'], ['Решта-Астара']);
    check('Герань-2', 'head', ['Герани-2', 'Геранью-2']);
    check('Шахед-136', 'head', ['Шахеда-136', 'Шахедом-136']);
    check('российско-иранский товарооборот', 'head', ['российско-иранского товарооборота', 'российско-иранским товарооборотом']);
    check('12-дневная война', 'head', ['12-дневной войны', '12-дневную войну']);
  });
});

describe("Russian 'all' mode (people)", () => {
  it('declines first name and surname in the same case', () => {
    const forms = ru('Масуд Пезешкиан', 'all');
    expect(forms).toEqual(['Масуд Пезешкиан', 'Масуда Пезешкиана', 'Масуду Пезешкиану', 'Масудом Пезешкианом', 'Масуде Пезешкиане']);
  });

  it('gives surnames in -ов/-ев/-ин their instrumental -ым', () => {
    check('Путин', 'all', ['Путина', 'Путину', 'Путиным', 'Путине']);
    check('Сергей Лавров', 'all', ['Сергея Лаврова', 'Сергеем Лавровым'], ['Сергеем Лавровом']);
    check('Сергей Цивилёв', 'all', ['Сергея Цивилёва', 'Сергею Цивилёву', 'Сергеем Цивилёвым', 'Сергее Цивилёве']);
  });

  it('declines feminine surnames in -ова/-ина like adjectives', () => {
    check('Анна Ахматова', 'all', ['Анны Ахматовой', 'Анне Ахматовой', 'Анну Ахматову', 'Анной Ахматовой'], ['Анны Ахматовы']);
  });

  it("keeps a woman's consonant-final surname as it is", () => {
    check('Ангела Меркель', 'all', ['Ангелы Меркель', 'Ангелой Меркель']);
  });

  it('does not decline foreign names in a vowel other than -а/-я', () => {
    expect(ru('Хаменеи', 'all')).toEqual(['Хаменеи']);
    expect(ru('Шойгу', 'all')).toEqual(['Шойгу']);
    expect(ru('Али Хаменеи', 'all')).toEqual(['Али Хаменеи']);
    expect(ru('Лукашенко', 'all')).toEqual(['Лукашенко']);
    check('Моджтаба Хаменеи', 'all', ['Моджтабы Хаменеи', 'Моджтабой Хаменеи'], ['Моджтабы Хаменея']);
    check('Али Хаменеи-старший', 'all', ['Али Хаменеи-старшего', 'Али Хаменеи-старшим']);
  });
});

describe("Russian 'last' and 'none' modes", () => {
  it("'last' declines the last word only", () => {
    const forms = ru('проект Ямал', 'last');
    expect(forms).toEqual(expect.arrayContaining(['проект Ямала', 'проект Ямалом']));
    for (const form of forms) expect(form.startsWith('проект ')).toBe(true);
    expect(ru('Сила Сибири', 'last')).toEqual(['Сила Сибири']);
  });

  it("'none' gives the name alone", () => {
    expect(ru('Газпром', 'none')).toEqual(['Газпром']);
    expect(ru('Масуд Пезешкиан', 'none')).toEqual(['Масуд Пезешкиан']);
  });

  it("keeps the name's own spacing and capitals", () => {
    check('Сила  Сибири\u00a02', 'head', ['Силы  Сибири\u00a02']);
    check('сила сибири', 'head', ['силы сибири']);
  });
});
