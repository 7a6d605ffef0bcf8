//! Native benchmarks, reported as ratios to serde_json reading the same plan (run side by
//! side in each group), at three sizes to show linear growth:
//! `cargo bench -p hoinghi-tests --bench plans`.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)] // Benchmark harness.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use hoinghi_tests::generated::national_congress;
use std::hint::black_box;

const SCALES: [usize; 3] = [1, 10, 100];

fn plans(c: &mut Criterion) {
    let sample = hoinghi_tests::sample();
    let mut group = c.benchmark_group("sample");
    group.bench_function("serde_json::from_str::<Plan> (baseline)", |b| {
        b.iter(|| serde_json::from_str::<hoinghi::Plan>(black_box(&sample.json)).unwrap())
    });
    group.bench_function("json::from_str", |b| {
        b.iter(|| hoinghi::json::from_str(black_box(&sample.json)).unwrap())
    });
    group.bench_function("parse_text", |b| {
        b.iter(|| hoinghi::parse_text(black_box(&sample.text)).unwrap())
    });
    let plan = hoinghi::json::from_str(&sample.json).unwrap();
    group.bench_function("validate", |b| {
        b.iter(|| hoinghi::validate(black_box(&plan)))
    });
    group.bench_function("count_delegates", |b| {
        b.iter(|| hoinghi::count_delegates(black_box(&plan)))
    });
    group.bench_function("render::html", |b| {
        b.iter(|| hoinghi::render::html(black_box(&plan)))
    });
    group.finish();

    for scale in SCALES {
        let plan = national_congress(scale);
        let json = hoinghi::json::to_string(&plan);
        let text = hoinghi::render::text(&plan);
        let mut group = c.benchmark_group(format!("congress x{scale}"));
        group.throughput(Throughput::Elements(scale as u64));
        group.bench_with_input(
            BenchmarkId::new("serde_json::from_str::<Plan> (baseline)", scale),
            &json,
            |b, j| b.iter(|| serde_json::from_str::<hoinghi::Plan>(black_box(j)).unwrap()),
        );
        group.bench_with_input(BenchmarkId::new("json::from_str", scale), &json, |b, j| {
            b.iter(|| hoinghi::json::from_str(black_box(j)).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("parse_text", scale), &text, |b, t| {
            b.iter(|| hoinghi::parse_text(black_box(t)).unwrap())
        });
        // The plan as parse_text returns it holds the author's layout (every source
        // line) beside the fields: serde_json reading that plan's JSON is the second
        // baseline, the same plan with the same content.
        let read = hoinghi::json::to_string(&hoinghi::parse_text(&text).unwrap().plan);
        group.bench_with_input(
            BenchmarkId::new("serde_json::from_str::<Plan> of the plan as read", scale),
            &read,
            |b, j| b.iter(|| serde_json::from_str::<hoinghi::Plan>(black_box(j)).unwrap()),
        );
        group.bench_with_input(BenchmarkId::new("validate", scale), &plan, |b, p| {
            b.iter(|| hoinghi::validate(black_box(p)))
        });
        group.bench_with_input(BenchmarkId::new("count_delegates", scale), &plan, |b, p| {
            b.iter(|| hoinghi::count_delegates(black_box(p)))
        });
        group.bench_with_input(BenchmarkId::new("render::text", scale), &plan, |b, p| {
            b.iter(|| hoinghi::render::text(black_box(p)))
        });
        group.finish();
    }
}

/// The same archive with every part deflated, as Word writes it (docx-rs stores them).
fn deflated(stored: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut from = zip::ZipArchive::new(std::io::Cursor::new(stored)).unwrap();
    let mut to = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..from.len() {
        let mut file = from.by_index(i).unwrap();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        to.start_file(file.name().to_owned(), options).unwrap();
        to.write_all(&bytes).unwrap();
    }
    to.finish().unwrap().into_inner()
}

/// Reading .docx: the plan's own export (parts stored, as docx-rs writes them) and the
/// same parts deflated (as Word writes them), at sizes around 1 MB:
/// `cargo bench -p hoinghi-tests --bench plans -- docx`.
fn docx(c: &mut Criterion) {
    let mut group = c.benchmark_group("docx");
    for scale in [1, 30, 100] {
        let plan = national_congress(scale);
        let stored = hoinghi::export::docx::plan(&plan).unwrap();
        let deflated = deflated(&stored);
        let text = hoinghi::render::text(&plan);
        for (kind, bytes) in [("stored", stored), ("deflated", deflated)] {
            eprintln!(
                "docx x{scale} {kind}: {} bytes of .docx, {} bytes of plan text",
                bytes.len(),
                text.len()
            );
            group.bench_with_input(
                BenchmarkId::new(format!("docx::read ({kind})"), scale),
                &bytes,
                |b, d| b.iter(|| hoinghi::docx::read(black_box(d)).unwrap()),
            );
        }
        group.bench_with_input(
            BenchmarkId::new("parse_text (same plan)", scale),
            &text,
            |b, t| b.iter(|| hoinghi::parse_text(black_box(t)).unwrap()),
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = plans, docx
}
criterion_main!(benches);
