// Loaded only when someone asks for a PDF (see report-actions.tsx): @react-pdf/renderer is large,
// and no page needs it to render.
import { Document, Page, StyleSheet, Text, View, pdf } from '@react-pdf/renderer';
import { deliveryReport } from '@/lib/feedback/delivery';
import { scoreBand } from '@/lib/feedback/insights';
import { MODE_LABELS } from '@/lib/feedback/labels';
import type { PrintableReport } from '@/lib/feedback/printable';
import { formatClock, formatDateTime } from '@/lib/format';

// The built-in Helvetica: no font file to fetch, so the PDF renders offline.
const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: 'Helvetica', color: '#0f172a', lineHeight: 1.4 },
  kicker: { fontSize: 9, color: '#475569' },
  title: { fontSize: 18, fontFamily: 'Helvetica-Bold', marginTop: 2 },
  muted: { color: '#64748b' },
  h2: { fontSize: 13, fontFamily: 'Helvetica-Bold', marginTop: 16, marginBottom: 6 },
  score: { fontSize: 32, fontFamily: 'Helvetica-Bold', marginTop: 10 },
  barRow: { flexDirection: 'row', alignItems: 'center', marginBottom: 4 },
  barLabel: { width: 130 },
  barTrack: { flexGrow: 1, height: 8, backgroundColor: '#e2e8f0', marginHorizontal: 8 },
  barFill: { height: 8, backgroundColor: '#4f46e5' },
  barValue: { width: 28, textAlign: 'right' },
  question: { marginTop: 10, paddingTop: 8, borderTopWidth: 1, borderTopColor: '#e2e8f0' },
  qTitle: { fontFamily: 'Helvetica-Bold' },
  label: { fontSize: 8, color: '#64748b', marginTop: 4, textTransform: 'uppercase' },
  quote: { marginTop: 3, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: '#a5b4fc' },
  footer: { marginTop: 18, fontSize: 8, color: '#64748b' },
});

function ReportDocument({ report }: { report: PrintableReport }) {
  const { feedback } = report;
  const details = [
    formatDateTime(report.takenAt),
    `${MODE_LABELS[report.mode]} interview`,
    report.durationMs === null ? null : `${formatClock(report.durationMs)} long`,
  ].filter((part) => part !== null);
  return (
    <Document title={`Feedback: ${report.role}`} author="Candor" creator="Candor" producer="Candor">
      <Page size="A4" style={styles.page}>
        <Text style={styles.kicker}>Candor interview feedback</Text>
        <Text style={styles.title}>{report.role}</Text>
        <Text style={styles.muted}>{details.join(' · ')}</Text>
        <Text style={styles.score}>Overall score: {feedback.totalScore}/100</Text>
        <Text>{scoreBand(feedback.totalScore)}</Text>
        {feedback.insufficientEvidence && (
          <Text style={styles.muted}>
            Too little of the answers could be assessed: these scores do not measure ability.
          </Text>
        )}
        <Text style={{ marginTop: 6 }}>{feedback.finalAssessment}</Text>

        <Text style={styles.h2}>Scores by category</Text>
        {feedback.categoryScores.map((category) => (
          <View key={category.name} wrap={false}>
            <View style={styles.barRow}>
              <Text style={styles.barLabel}>{category.name}</Text>
              <View style={styles.barTrack}>
                <View style={[styles.barFill, { width: `${String(category.score)}%` }]} />
              </View>
              <Text style={styles.barValue}>{category.score}</Text>
            </View>
            {category.comment !== '' && (
              <Text style={[styles.muted, { marginBottom: 4 }]}>{category.comment}</Text>
            )}
          </View>
        ))}

        <Text style={styles.h2}>Strengths</Text>
        {feedback.strengths.length === 0 ? (
          <Text style={styles.muted}>None noted.</Text>
        ) : (
          feedback.strengths.map((item, index) => <Text key={index}>• {item}</Text>)
        )}
        <Text style={styles.h2}>To improve</Text>
        {feedback.improvements.length === 0 ? (
          <Text style={styles.muted}>None noted.</Text>
        ) : (
          feedback.improvements.map((item, index) => <Text key={index}>• {item}</Text>)
        )}

        <Text style={styles.h2}>Answer by answer</Text>
        {feedback.questions.map((question, index) => (
          <View key={`${question.questionId}-${String(index)}`} style={styles.question}>
            <Text style={styles.qTitle}>
              {index + 1}. {question.question}{' '}
              {question.score === null ? '(not scored)' : `(${String(question.score)}/100)`}
            </Text>
            <Text style={styles.label}>Answer in brief</Text>
            <Text>{question.answerSummary}</Text>
            <Text style={styles.label}>Feedback</Text>
            <Text>{question.feedback}</Text>
            {question.evidence.length > 0 && <Text style={styles.label}>Evidence</Text>}
            {question.evidence.map((item, i) => (
              <Text key={i} style={styles.quote}>
                “{item.quote}”
              </Text>
            ))}
          </View>
        ))}

        <Text style={styles.h2}>Delivery</Text>
        {deliveryReport(feedback.delivery, report.mode, feedback.questions.length).map((metric) => (
          <View key={metric.label} wrap={false} style={{ marginBottom: 4 }}>
            <Text>
              {metric.label}: {metric.value}
            </Text>
            <Text style={styles.muted}>{metric.guidance}</Text>
          </View>
        ))}

        <Text style={styles.footer}>
          Scored {formatDateTime(feedback.createdAt)} by{' '}
          {feedback.engine === 'offline' ? 'the offline rubric' : `Gemini (${feedback.model})`},{' '}
          {feedback.engine === 'offline' ? 'rubric' : 'prompt'} {feedback.promptVersion}
        </Text>
      </Page>
    </Document>
  );
}

/** The report as a PDF file, rendered in the browser. */
export async function renderReportPdf(report: PrintableReport): Promise<Blob> {
  return pdf(<ReportDocument report={report} />).toBlob();
}
