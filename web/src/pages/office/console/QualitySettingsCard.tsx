// The office's quality settings for the plan: the stock-phrase list (套话清单) as tags to add and
// remove, and the thresholds at which the flags are raised. Saved as a whole; the server audits it.
import { CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { describeError } from '../../../api/client.ts';
import {
  getQualitySettings,
  QUALITY_SETTING_LIMITS as LIMITS,
  saveQualitySettings,
  type QualitySettings,
} from '../../../api/quality.ts';
import { useRequest } from '../../../api/use-request.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';

type Quality = QualitySettings['quality'];

/** Shares shown as whole percents. */
const SHARES = [
  { key: 'repeatedThreshold', label: '重复填报:与以往季度文字相同的比例达到' },
  { key: 'copiedThreshold', label: '照抄他人:与其他单位文字相同的比例达到' },
  { key: 'vagueShareThreshold', label: '套话空话:套话所占比例达到' },
] as const;

const COUNTS = [
  { key: 'minSharedSpan', label: '标记相同片段的最短字数', range: LIMITS.sharedSpan },
  { key: 'minComparableLength', label: '参与比对的最短字数', range: LIMITS.comparableLength },
] as const;

/** Why a new phrase cannot join the list, or null. */
export function phraseProblem(phrase: string, list: readonly string[]): string | null {
  const { min, max } = LIMITS.phraseLength;
  if (phrase.length < min || phrase.length > max) return `套话须为${min}至${max}个字`;
  if (list.includes(phrase)) return '清单中已有该套话';
  if (list.length >= LIMITS.phraseCount) return `套话清单最多${LIMITS.phraseCount}条`;
  return null;
}

function PhraseTags({ phrases, onChange }: { phrases: string[]; onChange: (next: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    const phrase = draft.trim();
    const found = phraseProblem(phrase, phrases);
    setProblem(found);
    if (found) return;
    onChange([...phrases, phrase]);
    setDraft('');
  };
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
        <Input
          aria-label="新增套话"
          placeholder="输入套话,如“稳步推进”"
          value={draft}
          maxLength={LIMITS.phraseLength.max}
          status={problem ? 'error' : undefined}
          aria-describedby={problem ? 'phrase-problem' : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onPressEnter={(event) => {
            // Enter adds the phrase; it does not save the whole form.
            event.preventDefault();
            add();
          }}
        />
        <Button onClick={add}>添加</Button>
      </Space.Compact>
      {problem && (
        <Typography.Text id="phrase-problem" type="danger" role="alert">
          {problem}
        </Typography.Text>
      )}
      <ul aria-label="套话清单" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {phrases.map((phrase) => (
          <li key={phrase} style={{ display: 'inline-block', margin: '0 8px 8px 0' }}>
            <Tag style={{ marginInlineEnd: 0 }}>
              {phrase}
              <Button
                type="text"
                size="small"
                icon={<CloseOutlined />}
                aria-label={`删除套话“${phrase}”`}
                onClick={() => onChange(phrases.filter((other) => other !== phrase))}
              />
            </Tag>
          </li>
        ))}
      </ul>
    </Space>
  );
}

function SettingsForm({
  year,
  saved,
  onSaved,
}: {
  year: number;
  saved: QualitySettings;
  onSaved: (s: QualitySettings) => void;
}) {
  const { message } = App.useApp();
  const [quality, setQuality] = useState<Quality>(saved.quality);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setQuality(saved.quality), [saved]);
  const changed = JSON.stringify(quality) !== JSON.stringify(saved.quality);
  const set = (patch: Partial<Quality>) => setQuality((current) => ({ ...current, ...patch }));
  const save = async () => {
    if (!changed) return;
    setSaving(true);
    setError(null);
    try {
      onSaved(await saveQualitySettings(year, quality));
      void message.success('质量提示设置已保存');
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form layout="vertical" onFinish={() => void save()}>
      <Typography.Paragraph type="secondary">
        修改后,所有填报的质量提示按新设置重新判断;每次修改连同修改前的内容记入操作日志。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={saving} disabled={!changed}>
          保存设置
        </Button>
        <Button disabled={!changed || saving} onClick={() => setQuality(saved.quality)}>
          撤销修改
        </Button>
      </Space>
      <Space wrap size="large" align="start" style={{ marginTop: 16 }}>
        {SHARES.map(({ key, label }) => (
          <Form.Item key={key} label={label} htmlFor={`quality-${key}`}>
            <InputNumber
              id={`quality-${key}`}
              min={LIMITS.minThreshold * 100}
              max={100}
              step={5}
              precision={0}
              controls={false}
              suffix="%"
              value={Math.round(quality[key] * 100)}
              onChange={(value) => value !== null && set({ [key]: value / 100 })}
              style={{ width: 140 }}
            />
          </Form.Item>
        ))}
        {COUNTS.map(({ key, label, range }) => (
          <Form.Item key={key} label={label} htmlFor={`quality-${key}`}>
            <InputNumber
              id={`quality-${key}`}
              min={range.min}
              max={range.max}
              precision={0}
              controls={false}
              suffix="字"
              value={quality[key]}
              onChange={(value) => value !== null && set({ [key]: value })}
              style={{ width: 140 }}
            />
          </Form.Item>
        ))}
      </Space>
      <Form.Item label={`套话清单(${quality.stockPhrases.length}条)`} required={false}>
        <PhraseTags phrases={quality.stockPhrases} onChange={(stockPhrases) => set({ stockPhrases })} />
      </Form.Item>
    </Form>
  );
}

export function QualitySettingsCard({ year }: { year: number }) {
  const settings = useRequest(() => getQualitySettings(year), [year]);
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>质量提示设置</span>
          {settings.data?.isDefault && <Tag>系统默认</Tag>}
        </Space>
      }
    >
      <AsyncContent loaded={settings}>
        {(data) => <SettingsForm year={year} saved={data} onSaved={settings.setData} />}
      </AsyncContent>
    </Card>
  );
}
