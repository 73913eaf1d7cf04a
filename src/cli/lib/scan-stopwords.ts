/**
 * Words `scan --near` never takes for a distinctive word of an entry, even when only one entry's
 * names hold them: function words, and the generic words names are made of ("International",
 * "Pipeline", "Корпорация"), which a page uses all the time without meaning the entry. Written
 * as a reader would; compared folded, as the matcher reads them.
 */
import { tokenStrings } from '../../core/match/index.ts';

const WORDS = [
  // English
  'about after against also among around because been before being between both but could does down during each from have into just like more most much must next only other over same says should since some such than that their them then there these they this those through under until upon very were what when where which while will with within would year years',
  'action agreement airport alliance army agency area association authority bank bridge canal center central centre city coalition commission committee company corporation corps corridor council court deal declaration east eastern economic energy exchange federal federation field fleet force forces foundation front fund gas group gulf guard holding house information institute international island islands joint lake line league liberation ministry movement national network north northern nuclear office organisation organization party pipeline plant port power programme program project province railway region republic revolutionary river road route service ship ships society south southern state states station strait stream supreme system terminal trade transport treaty union united west western world',
  // German
  'aber auch dass diese dieser dieses durch eine einem einen einer eines gegen nach oder sein seine sich sind über unter wird werden wurde zwischen',
  'abkommen allianz armee bahn behörde bund bundes europäische flughafen front gesellschaft gruppe hafen insel internationale konzern korridor krise leitung ministerium nord norden nördliche ost osten östliche partei pipeline projekt provinz rat region republik staat staaten strasse strecke süd süden südliche union verfahren vereinigte versammlung vertrag west westen westliche',
  // Russian
  'быть было были если также только чтобы между после через более который которые этого этот этой',
  'альянс армия банк газопровод государственная государственный группа движение железная завод компания коридор корпорация министерство морской национальный нефтепровод организация партия порт проект провинция республика северный союз федерация фонд южный',
  // Persian
  'این است برای بین پس از تا که را با های هم شده کرد کند خواهد',
  'بانک بندر جمهوری خط راه‌آهن سازمان شرکت شورای کریدور ملی وزارت',
];

export const STOPWORDS: ReadonlySet<string> = new Set(WORDS.flatMap((line) => line.split(/\s+/)).flatMap((word) => tokenStrings(word)));
