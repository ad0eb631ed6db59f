// A person written in a bracket after the unit they answer for: 县交通运输局(张三). The person is a
// leader of the task and the unit keeps its own name; a bracket that names another name of the unit
// (县医保局(县医保中心)), a kind of body (各乡镇(街道)) or a role (牵头, 牽頭) stays as written.
import { endsLikeUnit, looksLikePerson } from './unit-grammar.ts';
import { foldRuleWords } from '../traditional-forms.ts';

const PERSON_BRACKET =
  /([\u4e00-\u9fff])[(\uff08]([\u4e00-\u9fff]{2,4})[)\uff09](?=$|[\u3001,\uff0c;\uff1b\s])/gu;
/** Words of two to four characters a bracket holds that are not people. */
const NOT_A_PERSON =
  /^(牵头|配合|主责|主办|协办|协助|参与|负责|街道|乡镇|镇街|社区|园区|试行|暂行|筹建|筹备|下同|含下属|牵头单位|责任单位|配合单位)$/u;

/** The list without the people in brackets after its units, and those people in order. */
export function takePeopleInBrackets(value: string): { value: string; people: string[] } {
  const people: string[] = [];
  const rest = value.replace(PERSON_BRACKET, (whole: string, last: string, name: string, at: number) => {
    const before =
      value
        .slice(0, at + 1)
        .split(/[\u3001,\uff0c;\uff1b\s]/u)
        .at(-1) ?? '';
    if (NOT_A_PERSON.test(foldRuleWords(name)) || !looksLikePerson(name) || !endsLikeUnit(before))
      return whole;
    people.push(name);
    return last;
  });
  return { value: rest, people };
}
