// The Wuhu unit directory: every unit the 2024 key-task notice of 芜湖市人民政府 assigns work to.
//
// Canonical names are the short official forms the notice itself prints. Aliases hold full names,
// former names and the variants other notices and quarterly tables use for the same body.
// Decisions:
// - 市住建局 is canonical; the notice twice writes it as 市住建局(市人民城建办), the same bureau
//   under the name of the office it hosts, so that form and 市人民城建办 are aliases.
// - 经开区管委会 is canonical (every other zone is named by its 管委会); the notice's 经开区政府 is
//   the same body and an alias.
// - 各县市区政府 and 开发区管委会 are groups: a task given to a group is owed by every member.
// - The two 十大新兴产业 groups and the 双拥 group are kept apart as printed; the office fills in
//   their members.
import type { UnitKind, UnitRecord } from '../../core/plan/plan.types.ts';

const unit = (kind: UnitKind, name: string, aliases: string[] = []): UnitRecord => ({
  name,
  kind,
  aliases,
  members: [],
});

const group = (name: string, members: string[], aliases: string[] = []): UnitRecord => ({
  name,
  kind: 'group',
  aliases,
  members,
});

const department = (name: string, aliases?: string[]) => unit('department', name, aliases);
const county = (place: string) => unit('county', `${place}政府`, [`${place}人民政府`, place]);

const counties = ['无为市', '南陵县', '镜湖区', '弋江区', '鸠江区', '湾沚区', '繁昌区'];

const zones: UnitRecord[] = [
  unit('zone', '皖江江北新兴产业集中区管委会', [
    '皖江江北新兴产业集中区',
    '江北新区管委会',
    '江北新区',
    '江北集中区管委会',
    '江北集中区',
  ]),
  unit('zone', '经开区管委会', [
    '经开区政府',
    '经开区',
    '经济技术开发区管委会',
    '经济技术开发区',
    '芜湖经济技术开发区管委会',
    '芜湖经济技术开发区',
  ]),
  unit('zone', '高新区管委会', [
    '高新区',
    '高新技术产业开发区管委会',
    '高新技术产业开发区',
    '芜湖高新技术产业开发区管委会',
  ]),
  unit('zone', '三山经开区管委会', ['三山经开区', '三山经济开发区管委会', '三山经济开发区']),
  unit('zone', '亳芜现代产业园区管委会', [
    '亳芜现代产业园区',
    '亳芜园区管委会',
    '亳芜园区',
    '亳州芜湖现代产业园区管委会',
    '亳州芜湖现代产业园区',
  ]),
];

const records: UnitRecord[] = [
  // Municipal departments and government institutions.
  department('市发改委', ['市发展改革委', '市发展和改革委员会']),
  department('市经信局', ['市经济和信息化局']),
  department('市科技局', ['市科学技术局']),
  department('市商务局'),
  department('市交通运输局', ['市交通局']),
  department('市财政局'),
  department('市人社局', ['市人力资源和社会保障局', '市人力资源社会保障局']),
  department('市农业农村局'),
  department('市乡村振兴局'),
  department('市生态环境局'),
  department('市自规局', ['市自然资源和规划局', '市自然资源规划局']),
  department('市地方金融局', ['市地方金融监管局', '市地方金融监督管理局', '市委金融办']),
  department('市市场监管局', ['市市场监督管理局']),
  department('市住建局', [
    '市住建局(市人民城建办)',
    '市人民城建办',
    '市住房和城乡建设局',
    '市住房城乡建设局',
  ]),
  department('市卫健委', ['市卫生健康委', '市卫生健康委员会']),
  department('市国资委', ['市国有资产监督管理委员会', '市人民政府国有资产监督管理委员会']),
  department('市教育局'),
  department('市数据资源局', ['市数据资源管理局']),
  department('市文旅局', ['市文化和旅游局']),
  department('市民政局'),
  department('市水务局'),
  department('市城管局', ['市城市管理局']),
  department('市公安局'),
  department('市司法局'),
  department('市医保局', ['市医疗保障局']),
  department('市审计局'),
  department('市统计局'),
  department('市应急局', ['市应急管理局']),
  department('市体育局'),
  department('市信访局'),
  department('市退役军人事务局', ['市退役军人局']),
  department('市政府办', ['市政府办公室', '市人民政府办公室']),
  department('市政府督查办'),
  department('市投促中心', ['市投资促进中心']),
  department('市产创中心', ['市产业创新中心']),
  department('市城运中心', ['市城市运行管理中心']),
  department('市重点处', ['市重点工程建设管理处']),

  // County-level governments and development zones.
  ...counties.map(county),
  ...zones,
  unit('zone', '自贸区芜湖片区管委会', [
    '自贸试验区芜湖片区管委会',
    '中国(安徽)自由贸易试验区芜湖片区管委会',
  ]),

  // State-owned companies.
  unit('company', '市建投公司', ['芜湖市建设投资有限公司']),
  unit('company', '市交投公司'),
  unit('company', '市城建集团'),
  unit('company', '市宜居公司'),
  unit('company', '市轨道公司'),
  unit('company', '市机场(空港)公司'),
  unit('company', '市人才集团'),

  // Central and provincial bodies based in the city.
  unit('central', '人行芜湖分行', [
    '中国人民银行芜湖市分行',
    '人民银行芜湖市分行',
    '中国人民银行芜湖市中心支行',
  ]),
  unit('central', '国家金融监管总局芜湖分局', [
    '国家金融监督管理总局芜湖监管分局',
    '金融监管总局芜湖分局',
    '芜湖金融监管分局',
  ]),
  unit('central', '市税务局', ['国家税务总局芜湖市税务局']),
  unit('central', '芜湖海事局'),
  unit('central', '市邮政管理局'),

  // Party bodies and mass organisations.
  unit('organisation', '市委组织部'),
  unit('organisation', '市委编办', ['市委机构编制委员会办公室']),
  unit('organisation', '市人才办'),
  unit('organisation', '团市委', ['共青团芜湖市委']),
  unit('organisation', '市妇联', ['市妇女联合会']),
  unit('organisation', '市总工会'),
  unit('organisation', '市残联', ['市残疾人联合会']),
  unit('organisation', '市贸促会'),
  unit('organisation', '市供销社', ['市供销合作社']),

  // Task forces set up for particular work.
  unit('taskforce', '中国视谷专班'),
  unit('taskforce', '市转设办'),

  // Groups.
  group(
    '各县市区政府',
    counties.map((place) => `${place}政府`),
    ['各县市区人民政府', '各县(市、区)政府', '各县(市、区)人民政府'],
  ),
  group(
    '开发区管委会',
    zones.map((zone) => zone.name),
    ['各开发区管委会'],
  ),
  group('市十大新兴产业推进组成员单位', []),
  group('市十大新兴产业专班成员单位', []),
  group('市双拥工作领导小组成员单位', []),
];

// The same data serves every import: freeze it so no caller can change it by accident.
for (const record of records) {
  Object.freeze(record.aliases);
  Object.freeze(record.members);
  Object.freeze(record);
}
Object.freeze(records);

export const wuhuDirectory: UnitRecord[] = records;
