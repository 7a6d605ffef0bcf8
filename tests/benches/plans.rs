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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = plans
}
criterion_main!(benches);
